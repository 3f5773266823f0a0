/**
 * Sources as records: turns the old citations of seed/ (plain URLs, `001_….txt:1567 (Annex 2)`,
 * `reference/x.json#id`) into citations of seed/sources.json, adding a record for every source
 * not yet in it. Re-runnable: lines already migrated are left byte for byte, records already in
 * sources.json (and any title, date or kind a curator gave them) are kept; only old-format
 * citations are rewritten and only unknown URLs get new records.
 *
 *   npx tsx tools/migrate-sources.ts [--seed DIR] [--check]
 *
 * --check: change nothing; exit 1 if any old-format citation is left (names file and line).
 *
 * A new URL's publisher and kind come from HOSTS below (the site's owner, only when certain);
 * its title and date are left null — never guessed — for a curator to fill from the page.
 * A URL whose host is not in HOSTS stops the run, naming it: classify the host first.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourceKind, SourceOriginal, SourceRecord } from "../src/model/source.ts";
import { writeSourceRegistry } from "./source-registry.ts";

interface HostInfo {
  /** The id prefix of its records. */
  slug: string;
  publisher: string | null;
  kind: SourceKind;
  language?: string;
  note?: string;
}

const official = (slug: string, publisher: string, language?: string): HostInfo => ({ slug, publisher, kind: "official", language });
const secondary = (slug: string, publisher: string | null, language?: string, note?: string): HostInfo => ({
  slug,
  publisher,
  kind: "secondary",
  language,
  note,
});
const tertiary = (slug: string, note: string, publisher: string | null = null): HostInfo => ({ slug, publisher, kind: "tertiary", note });

/** Site → owner and kind. A publisher is named only when the site's owner is certain. */
export const HOSTS: Record<string, HostInfo> = {
  // Hosts of the French and Spanish names (seed/names.json, issue 26).
  "www.francophonie.org": official("oif", "Organisation internationale de la Francophonie", "fr"),
  "emm.iom.int": secondary("iom", "IOM"),
  "www.programamesoamerica.iom.int": secondary("iom-mesoamerica", "IOM Mesoamerica Programme", "es"),
  "fdocuments.ec": tertiary("fdocuments", "document mirror"),
  "studylib.es": tertiary("studylib", "document mirror"),
  "pdfslide.es": tertiary("pdfslide", "document mirror"),
  "web.test.ohchr.un-icc.cloud": tertiary("ohchr-test", "a test deployment of the OHCHR site, not its published site"),
  "cancilleria.gob.ar": official("argentina-cancilleria", "Ministry of Foreign Affairs of Argentina", "es"),
  "unhcr.org": secondary("unhcr", "UNHCR"),
  "www.acnur.org": secondary("unhcr", "UNHCR (ACNUR)", "es"),
  "press.un.org": secondary("un-press", "United Nations Meetings Coverage and Press Releases"),
  "www.un.org": secondary("un", "United Nations"),
  "ecosoc.un.org": secondary("un-ecosoc", "United Nations Economic and Social Council", "es"),
  "www.ohchr.org": secondary("ohchr", "OHCHR"),
  "www.undp.org": secondary("undp", "UNDP", "es"),
  "web.unfpa.org": secondary("unfpa", "UNFPA", "es"),
  "unctad14.org": secondary("unctad", "UNCTAD"),
  "www.hablamosdeeuropa.es": official("spain-sepue", "Government of Spain, Secretariat of State for the European Union (Hablamos de Europa)", "es"),
  "eur-lex.europa.eu": official("eur-lex", "Publications Office of the European Union (EUR-Lex)"),
  "oeil.europarl.europa.eu": official("european-parliament", "European Parliament (Legislative Observatory)", "fr"),
  "home-affairs.ec.europa.eu": official("european-commission", "European Commission"),
  "www.frontex.europa.eu": official("frontex", "Frontex", "fr"),
  "frontex.europa.eu": official("frontex", "Frontex", "es"),
  "africa-eu-partnership.org": official("africa-eu-partnership", "The Africa-EU Partnership", "fr"),
  "www.grenoble.fr": secondary("grenoble", "City of Grenoble", "fr"),
  "ajuntament.barcelona.cat": secondary("barcelona", "Barcelona City Council", "es"),
  "mz.ambafrance.org": official("france-embassy-mz", "Embassy of France in Mozambique", "fr"),
  "franceoea.org": official("france-oas", "Permanent Mission of France to the OAS", "fr"),
  "exteriores.gob.es": official("spain-maec", "Ministry of Foreign Affairs of Spain", "es"),
  "www.exteriores.gob.es": official("spain-maec", "Ministry of Foreign Affairs of Spain"),
  "dsn.gob.es": official("spain-dsn", "Department of National Security of Spain"),
  "violenciagenero.igualdad.gob.es": official("spain-igualdad", "Ministry of Equality of Spain", "es"),
  "sgae.gouv.fr": official("france-sgae", "French Secretariat-General for European Affairs", "fr"),
  "www.vie-publique.fr": official("vie-publique", "Vie publique (French Government, DILA)", "fr"),
  "cooperation-regionale.gouv.nc": official("nouvelle-caledonie", "Government of New Caledonia", "fr"),
  "www.bundesreisezentrale.admin.ch": official("switzerland-fdfa", "Swiss Federal Department of Foreign Affairs", "fr"),
  "pjecz.gob.mx": official("mexico-pjecz", "Judiciary of the State of Coahuila, Mexico", "es"),
  "desc.scjn.gob.mx": official("mexico-scjn", "Supreme Court of Justice of Mexico", "es"),
  "www.oas.org": official("oas", "Organization of American States"),
  "www.sica.int": official("sica", "SICA General Secretariat", "es"),
  "ufmsecretariat.org": official("ufm", "Union for the Mediterranean Secretariat", "fr"),
  "www.interpol.int": official("interpol", "INTERPOL", "es"),
  "www.laityfamilylife.va": official("holy-see-laity", "Holy See, Dicastery for Laity, Family and Life", "es"),
  "www.archive.icmc.net": official("icmc", "International Catholic Migration Commission"),
  "www.redcross.ch": secondary("swiss-red-cross", "Swiss Red Cross", "fr"),
  "www.ioe-emp.org": official("ioe", "International Organisation of Employers", "fr"),
  "www.altinget.dk": secondary("altinget", "Altinget"),
  // The mechanisms, their secretariats, unions and IGOs concerned, governments.
  "abudhabidialogue.org": official("abu-dhabi-dialogue", "Abu Dhabi Dialogue", "en"),
  "amo.au.int": official("au", "African Union Commission", "en"),
  "au.int": official("au", "African Union Commission"),
  "budapestprocess.org": official("budapest-process", "Budapest Process Secretariat (ICMPD)", "en"),
  "caribbeanmigration.org": official("cmc", "Caribbean Migration Consultations", "en"),
  "crmsv.org": official("rcm", "Regional Conference on Migration (RCM)", "en"),
  "portal.crmsv.org": official("rcm", "Regional Conference on Migration (RCM)", "en"),
  "rcmvs.org": official("rcm", "Regional Conference on Migration (RCM)", "en"),
  "csmigraciones.org": official("sacm", "South American Conference on Migration (SACM)", "es"),
  "cumbreiberoamericana.mirex.gob.do": official("mirex-do", "Ministry of Foreign Affairs of the Dominican Republic", "es"),
  "eapmigrationpanel.org": official("eap-panel", "Eastern Partnership Panel on Migration, Mobility and Integrated Border Management", "en"),
  "ec.europa.eu": official("european-commission", "European Commission", "en"),
  "europa.eu": official("eu", "European Union", "en"),
  "eurlex.europa.eu": official("eur-lex", "Publications Office of the European Union (EUR-Lex)", "en"),
  "en.bocongan.gov.vn": official("viet-nam-mps", "Ministry of Public Security of Viet Nam", "en"),
  "en.goc.gov.tr": official("turkiye-pmm", "Presidency of Migration Management, Türkiye", "en"),
  "foreign.gov.mv": official("maldives-mfa", "Ministry of Foreign Affairs of the Maldives", "en"),
  "preview.gfmd.org": official("gfmd", "Global Forum on Migration and Development (GFMD)", "en"),
  "www.eeas.europa.eu": official("eeas", "European External Action Service", "en"),
  "eu4azerbaijan.eu": official("eu4azerbaijan", "European Union (EU4Azerbaijan portal)", "en"),
  "gfmd.org": official("gfmd", "Global Forum on Migration and Development (GFMD)", "en"),
  "www.gfmd.org": official("gfmd", "Global Forum on Migration and Development (GFMD)", "en"),
  "gov.br": official("brazil-mre", "Ministry of Foreign Affairs of Brazil", "en"),
  "igad.int": official("igad", "IGAD Secretariat", "en"),
  "migration.igad.int": official("igad", "IGAD Secretariat", "en"),
  "igm.gob.gt": official("guatemala-igm", "Guatemalan Migration Institute (IGM)", "es"),
  "mercosur.int": official("mercosur", "MERCOSUR", "pt"),
  "www.mercosur.int": official("mercosur", "MERCOSUR", "en"),
  "migracion.gob.do": official("dominican-dgm", "Directorate General of Migration of the Dominican Republic", "en"),
  "minrel.gob.cl": official("chile-minrel", "Ministry of Foreign Affairs of Chile", "es"),
  "oldsite.caricom.org": official("caricom", "CARICOM Secretariat", "en"),
  "pidcsec.org": official("pidc", "PIDC Secretariat", "en"),
  "www.pidcsec.org": official("pidc", "PIDC Secretariat", "en"),
  "pragueprocess.eu": official("prague-process", "Prague Process Secretariat (ICMPD)", "en"),
  "www.pragueprocess.eu": official("prague-process", "Prague Process Secretariat (ICMPD)", "en"),
  "rabat-process.org": official("rabat-process", "Rabat Process Secretariat", "en"),
  "www.rabat-process.org": official("rabat-process", "Rabat Process Secretariat"),
  "rso.baliprocess.net": official("bali-process", "Bali Process Regional Support Office", "en"),
  "www.baliprocess.net": official("bali-process", "Bali Process", "en"),
  "sadc.int": official("sadc", "SADC Secretariat", "en"),
  "segib.org": official("segib", "Ibero-American General Secretariat (SEGIB)", "es"),
  "www.segib.org": official("segib", "Ibero-American General Secretariat (SEGIB)", "pt"),
  "staging.energy.gov.tt": official("trinidad-tobago-energy", "Ministry of Energy and Energy Industries, Trinidad and Tobago", "en"),
  "westmediterraneanforum.org": official("five-plus-five", "Western Mediterranean Forum (5+5 Dialogue)", "en"),
  "www.bj.admin.ch": official("swiss-sem", "State Secretariat for Migration (SEM), Switzerland", "en"),
  "www.colomboprocess.org": official("colombo-process", "Colombo Process", "en"),
  "www.diplomatie.gouv.fr": official("france-meae", "French Ministry for Europe and Foreign Affairs", "en"),
  "www.government.nl": official("netherlands-government", "Government of the Netherlands", "en"),
  "www.khartoumprocess.net": official("khartoum-process", "Khartoum Process", "en"),
  "www.mohre.gov.ae": official("uae-mohre", "UAE Ministry of Human Resources and Emiratisation", "en"),
  "www.oacps.org": official("oacps", "OACPS Secretariat", "en"),
  "www.esteri.it": official("italy-mfa", "Italian Ministry of Foreign Affairs and International Cooperation", "en"),
  "commission.ge": official("georgia-scmi", "State Commission on Migration Issues, Georgia", "en"),
  "www.usaid.gov": official("usaid", "USAID", "en"),
  "www.icmpd.org": official("icmpd", "ICMPD", "en"),
  // UN, IOM and other institutions; research; established news media.
  "iom.int": secondary("iom", "IOM", "en"),
  "www.iom.int": secondary("iom", "IOM", "en"),
  "ethiopia.iom.int": secondary("iom", "IOM", "en"),
  "ropretoria.iom.int": secondary("iom", "IOM", "en"),
  "rosanjose.iom.int": secondary("iom", "IOM", "en"),
  "primi.iom.int": secondary("iom", "IOM", "en"),
  "www.iom.ch": secondary("iom-ch", null, "en", "IOM content on iom.ch; the site's owner is not stated on the cited page"),
  "migrationnetwork.un.org": secondary("un-migration-network", "United Nations Network on Migration", "en"),
  "research.un.org": secondary("un-library", "United Nations Dag Hammarskjöld Library", "en"),
  "reliefweb.int": secondary("reliefweb", "ReliefWeb (UN OCHA)", "en"),
  "m.reliefweb.int": secondary("reliefweb", "ReliefWeb (UN OCHA)", "en"),
  "www.unhcr.org": secondary("unhcr", "UNHCR", "en"),
  "webarchive.archive.unhcr.org": secondary("unhcr", "UNHCR", "en", "UNHCR's own web archive of unhcr.kz"),
  "www.no-trafficking.org": secondary("un-act", null, "en", "the COMMIT process's UN inter-agency site (UNIAP, later UN-ACT)"),
  "south.euneighbours.eu": secondary("eu-neighbours", "EU Neighbours South", "en"),
  "turkicstates.org": secondary("turkic-states", "Organization of Turkic States", "en"),
  "www.chathamhouse.org": secondary("chatham-house", "Chatham House", "en"),
  "epthinktank.eu": secondary("eprs", "European Parliamentary Research Service", "en"),
  "www.smallarmssurvey.org": secondary("small-arms-survey", "Small Arms Survey", "en"),
  "www.mfwa.org": secondary("mfwa", "Media Foundation for West Africa", "en"),
  "mfasia.org": secondary("mfa", "Migrant Forum in Asia", "en"),
  "gfmdcivilsociety.org": secondary("gfmd-civil-society", "GFMD Civil Society", "en"),
  "www.iberoamericamayores.org": secondary("iberoamerica-mayores", null, "es", "a SEGIB programme's site"),
  "www.niameydeclarationguide.org": secondary("niamey-guide", null, "en"),
  "www.westernbalkans-infohub.eu": secondary("wb-infohub", null, "en"),
  "acpmigration.org": secondary("acp-migration", null, "en"),
  "hapc.africa": secondary("hapc", null, "en"),
  "25horasdenoticia.com": secondary("news-25horas", "25 Horas de Noticia", "es"),
  "7newsbelize.com": secondary("news-7news-belize", "7 News Belize", "en"),
  "africa.cgtn.com": secondary("news-cgtn-africa", "CGTN Africa", "en"),
  "afrinz.ru": secondary("news-afrinz", "Afrinz", "en"),
  "allafrica.com": secondary("news-allafrica", "AllAfrica", "en"),
  "anews.az": secondary("news-anews", "APA News (anews.az)", "en"),
  "asianlite.com": secondary("news-asianlite", "Asian Lite", "en"),
  "caudalinformativo.com": secondary("news-caudal", "Caudal Informativo", "es"),
  "cinquecolonne.it": secondary("news-cinquecolonne", "Cinque Colonne", "it"),
  "contactonews.co": secondary("news-contacto", "Contacto News", "es"),
  "dailypost.ng": secondary("news-daily-post", "Daily Post (Nigeria)", "en"),
  "elperiodista.cl": secondary("news-elperiodista", "El Periodista (Chile)", "es"),
  "en.armradio.am": secondary("news-armradio", "Public Radio of Armenia", "en"),
  "en.qdnd.vn": secondary("news-qdnd", "Quan Doi Nhan Dan", "en"),
  "gulfnews.com": secondary("news-gulf-news", "Gulf News", "en"),
  "kampalapost.com": secondary("news-kampala-post", "Kampala Post", "en"),
  "l24.lt": secondary("news-l24", "L24.lt", "en"),
  "mena.org.eg": secondary("news-mena", "Middle East News Agency (MENA)", "en"),
  "newshour.media": secondary("news-newshour", "Newshour", "en"),
  "pina.com.fj": secondary("news-pina", "Pacific Islands News Association (PINA)", "en"),
  "radarafrica.com": secondary("news-radar-africa", "Radar Africa", "en"),
  "saxafimedia.com": secondary("news-saxafi", "Saxafi Media", "en"),
  "tass.com": secondary("news-tass", "TASS", "en"),
  "thekenyatimes.com": secondary("news-kenya-times", "The Kenya Times", "en"),
  "thenationonlineng.net": secondary("news-the-nation", "The Nation (Nigeria)", "en"),
  "usafricaonline.com": secondary("news-usafrica", "USAfrica Online", "en"),
  "visionclave.com.do": secondary("news-vision-clave", "Visión Clave", "es"),
  "vozdeladiaspora.com": secondary("news-voz-diaspora", "Voz de la Diáspora", "es"),
  "www.africanews.com": secondary("news-africanews", "Africanews", "en"),
  "www.dabangasudan.org": secondary("news-dabanga", "Radio Dabanga", "en"),
  "www.egypttoday.com": secondary("news-egypt-today", "Egypt Today", "en"),
  "www.infomediaire.net": secondary("news-infomediaire", "Infomédiaire", "fr"),
  "www.khaleejtimes.com": secondary("news-khaleej-times", "Khaleej Times", "en"),
  "www.ktpress.rw": secondary("news-kt-press", "KT Press", "en"),
  "leadership.ng": secondary("news-leadership-ng", "Leadership (Nigeria)", "en"),
  "lechodalgerie.dz": secondary("news-echo-algerie", "L'Écho d'Algérie", "fr"),
  "www.worldbulletin.net": secondary("news-world-bulletin", "World Bulletin", "en"),
  "www.lokmattimes.com": secondary("news-lokmat-times", "Lokmat Times", "en"),
  "www.newsdrum.in": secondary("news-newsdrum", "NewsDrum", "en"),
  "www.newtimes.co.rw": secondary("news-new-times", "The New Times (Rwanda)", "en"),
  "www.somalilandcurrent.com": secondary("news-somaliland-current", "Somaliland Current", "en"),
  "www.telesurenglish.net": secondary("news-telesur", "teleSUR", "en"),
  "www.tribuneindia.com": secondary("news-tribune", "The Tribune (India)", "en"),
  "www.trtworld.com": secondary("news-trt-world", "TRT World", "en"),
  "www.urdupoint.com": secondary("news-urdupoint", "UrduPoint", "en"),
  "www.cubasi.cu": secondary("news-cubasi", "CubaSí", "en"),
  "tesfanews.net": secondary("news-tesfanews", "TesfaNews", "en"),
  "losangelesdeclaration.com": secondary("la-declaration-site", null, "en"),
  // Copies, aggregators, encyclopedias, mirrors, forums, exam preparation: leads, not sources.
  "baliprocess.dev.juicebox.com.au": tertiary("bali-process-staging", "a web agency's development copy of the Bali Process site"),
  "www.yumpu.com": tertiary("yumpu", "document mirror"),
  "vdocuments.net": tertiary("vdocuments", "document mirror"),
  "readkong.com": tertiary("readkong", "document mirror"),
  "docsbay.net": tertiary("docsbay", "document mirror"),
  "slideplayer.es": tertiary("slideplayer", "slide mirror"),
  "es.scribd.com": tertiary("scribd", "document upload site"),
  "tehsil.xyz": tertiary("tehsil-mirror", "a proxy mirror of a European Commission page"),
  "djazairess.com": tertiary("djazairess", "press aggregator"),
  "menafn.com": tertiary("menafn", "news aggregator"),
  "www.einpresswire.com": tertiary("einpresswire", "press-release distribution"),
  "en.wikipedia.org": tertiary("wikipedia", "encyclopedia", "Wikipedia"),
  "wikimili.com": tertiary("wikimili", "wiki mirror"),
  "wiki2.org": tertiary("wiki2", "wiki mirror"),
  "wikitia.com": tertiary("wikitia", "wiki"),
  "www.conservapedia.com": tertiary("conservapedia", "wiki"),
  "vi0.me": tertiary("vi0", "wiki mirror"),
  "wiki.gravy.cc": tertiary("gravy-wiki", "wiki mirror"),
  "wikien4.appspot.com": tertiary("wikien4", "wiki mirror"),
  "chaos.owiki.org": tertiary("owiki", "wiki mirror"),
  "en-academic.com": tertiary("en-academic", "wiki mirror"),
  "theinfolist.com": tertiary("theinfolist", "wiki mirror"),
  "www.worldatlas.com": tertiary("worldatlas", "reference aggregator"),
  "globaledge.msu.edu": tertiary("globaledge", "reference aggregator"),
  "relief.unboundmedicine.com": tertiary("world-factbook-copy", "a copy of the CIA World Factbook"),
  "sk.sagepub.com": tertiary("political-handbook", "reference handbook (Political Handbook of the World)"),
  "citizensofeurope.org": tertiary("citizensofeurope", "aggregator"),
  "www.polgeonow.com": tertiary("polgeonow", "blog"),
  "awajis.com": tertiary("awajis", "aggregator"),
  "experts123.com": tertiary("experts123", "question-and-answer site"),
  "trabalhosfeitos.com": tertiary("trabalhosfeitos", "essay site"),
  "sparkthread.net": tertiary("sparkthread", "aggregator"),
  "www.sciencesays.net": tertiary("sciencesays", "aggregator"),
  "www.kenterprises.biz": tertiary("kenterprises-forum", "forum discussion"),
  "gstimes.in": tertiary("gstimes", "exam-preparation site"),
  "nammakpsc.com": tertiary("nammakpsc", "exam-preparation site"),
  "plrajiasacademy.com": tertiary("plrajiasacademy", "exam-preparation site"),
  "indianpolitics.co.in": tertiary("indianpolitics", "blog"),
  "hotjist.com": tertiary("hotjist", "blog"),
  "tengele.com": tertiary("tengele", "aggregator"),
  "proboprint.info": tertiary("proboprint", "aggregator"),
  "business.goldmidi.com": tertiary("goldmidi", "aggregator"),
};

/** Mirrors whose original is known: the footnote cites the original and says where the copy is. */
export const COPIES: Record<string, { copyOf: SourceOriginal; note: string }> = {
  "https://baliprocess.dev.juicebox.com.au/about/about-the-bali-process": {
    copyOf: { publisher: "Bali Process", title: null, published: null },
    note: "the Bali Process site's own page, as served from its web developer's staging server",
  },
  "https://www.yumpu.com/en/document/view/22344016/overview-of-principal-rcps-international-organization-for-migration": {
    copyOf: { publisher: "IOM", title: "Overview of Principal RCPs", published: "2013-10" },
    note: "a copy of IOM's overview of the principal RCPs, October 2013 (title as the copy names it)",
  },
  "https://vdocuments.net/overview-of-principal-rcps-february-2015.html": {
    copyOf: { publisher: "IOM", title: "Overview of Principal RCPs", published: "2015-02" },
    note: "a copy of IOM's overview of the principal RCPs, February 2015 (title as the copy names it)",
  },
  "https://readkong.com/page/marrakesh-political-declaration-4613699": {
    copyOf: { publisher: "Rabat Process", title: "Marrakesh Political Declaration", published: "2018-05-02" },
    note: "a copy of the Rabat Process's Marrakesh Political Declaration of 2 May 2018",
  },
};

/** The seed documents (../shared/seeds) and the reference compilations (../shared/reference). */
const DOCUMENT_IDS: Record<string, { id: string; kind: SourceKind }> = {
  "001_7939c0f69ec3242d.txt": { id: "iom-2019-iscm-assessment", kind: "secondary" },
  "000_1b9cae1ebf277e89.txt": { id: "iom-2019-summary-prague-process", kind: "secondary" },
  "002_a7c00e9cf46501b9.txt": { id: "iom-2019-summary-almaty-process", kind: "secondary" },
  "003_24bdccc5d9b2eeeb.txt": { id: "prague-process-quarterly-review-39", kind: "official" },
  "004_3e67eb5d7027344b.txt": { id: "iom-2019-summary-eap-panel", kind: "secondary" },
};
const referenceId = (file: string) => `reference-${file.replace(/\.json$/, "")}`;

const SEED_RE = /^(\d{3}_[0-9a-f]{16}\.txt)(?::(\d+(?:-\d+)?))?(?: \((.+)\))?$/;
const REFERENCE_RE = /^reference\/([a-z0-9-]+\.json)(?:#([\w-]+))?$/;
const URL_RE = /^https?:\/\/\S+$/;

export class Registry {
  readonly records: SourceRecord[];
  readonly #byUrl = new Map<string, SourceRecord>();
  readonly #ids = new Set<string>();
  added = 0;

  constructor(records: SourceRecord[]) {
    this.records = records;
    for (const r of records) {
      this.#ids.add(r.id);
      if (r.url) this.#byUrl.set(r.url, r);
    }
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  #add(record: SourceRecord): SourceRecord {
    this.records.push(record);
    this.#ids.add(record.id);
    if (record.url) this.#byUrl.set(record.url, record);
    this.added++;
    return record;
  }

  #freshId(base: string): string {
    const clean = base.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48).replace(/-+$/, "");
    let id = clean;
    for (let n = 2; this.#ids.has(id); n++) id = `${clean}-${n}`;
    return id;
  }

  /** The record of a URL, made from HOSTS (and COPIES) if new. */
  forUrl(url: string, where: string): SourceRecord {
    const known = this.#byUrl.get(url);
    if (known) return known;
    const host = new URL(url).host.replace(/:\d+$/, "");
    const info = HOSTS[host];
    if (!info) throw new Error(`${where}: ${url}: the host ${host} is not classified; add it to HOSTS in tools/migrate-sources.ts`);
    const path = decodeURIComponent(new URL(url).pathname + new URL(url).search)
      .toLowerCase()
      .split(/[/?&=]+/)
      .filter((p) => p && !/^(en|fr|es|pt|pt-br|ar|wiki|index\.php|php|html?|www)$/.test(p))
      .slice(-2)
      .join("-")
      .replace(/\.(html?|php|aspx?)$/, "");
    const copy = COPIES[url];
    return this.#add({
      id: this.#freshId(`${info.slug}-${path || "home"}`),
      kind: copy ? "copy" : info.kind,
      publisher: info.publisher,
      title: null,
      published: null,
      url,
      ...(info.language ? { language: info.language } : {}),
      ...(copy ? { copyOf: copy.copyOf } : {}),
      ...(copy || info.note ? { note: copy?.note ?? info.note } : {}),
    });
  }

  forDocument(file: string, documents: Map<string, { title: string; publisher: string; year: number }>, where: string): SourceRecord {
    const known = this.records.find((r) => r.document === file);
    if (known) return known;
    const doc = documents.get(file);
    const ids = DOCUMENT_IDS[file];
    if (!doc || !ids) throw new Error(`${where}: ${file} is neither in sources.json nor in documents.json`);
    return this.#add({
      id: ids.id,
      kind: ids.kind,
      publisher: doc.publisher,
      title: doc.title,
      published: String(doc.year),
      url: null,
      language: "en",
      document: file,
    });
  }

  forReference(file: string): SourceRecord {
    const id = referenceId(file);
    const known = this.records.find((r) => r.id === id);
    if (known) return known;
    return this.#add({
      id,
      kind: "tertiary",
      compilation: true,
      publisher: "ISCM Atlas project",
      title: `Reference facts for the ISCM dataset: ${file}`,
      // The compilation's README dates its source-quality review "2026-12"; it gives no other date.
      published: "2026-12",
      url: null,
      language: "en",
      note: "A compilation of facts gathered from public sources, some of them copies or aggregators (../shared/reference/README.md): a lead to the sources it names, never a source on its own. Dated by its README's source-quality note (2026-12).",
    });
  }
}

type Citation = string | { source: string; at?: string; quote?: string };

/** One old-format source string → a citation; a citation already in the new form is returned as is. */
export function migrateCitation(
  old: unknown,
  registry: Registry,
  documents: Map<string, { title: string; publisher: string; year: number }>,
  where: string,
): Citation {
  if (typeof old !== "string") return old as Citation;
  const seed = SEED_RE.exec(old);
  if (seed) {
    const [, file, lines, section] = seed;
    const record = registry.forDocument(file as string, documents, where);
    const at = [lines ? `${lines.includes("-") ? "lines" : "line"} ${lines}` : "", section ? `(${section})` : ""].filter(Boolean).join(" ");
    return at ? { source: record.id, at } : record.id;
  }
  const ref = REFERENCE_RE.exec(old);
  if (ref) {
    const record = registry.forReference(ref[1] as string);
    return ref[2] ? { source: record.id, at: `entry ${ref[2]}` } : record.id;
  }
  if (URL_RE.test(old)) return registry.forUrl(old, where).id;
  if (registry.has(old)) return old;
  throw new Error(`${where}: "${old}" is neither a source id nor an old-format source`);
}

/** JSON of a citation in the seed's one-line style: `{"source": "x", "at": "line 3"}`. */
function citationJson(c: Citation): string {
  if (typeof c === "string") return JSON.stringify(c);
  return `{${Object.entries(c)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(", ")}}`;
}

/** The end (exclusive) of the JSON array or object starting at `start`. */
function endOfValue(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error("unbalanced JSON");
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * Rewrites one seed file's text: every `"sources"`/`"sinceSources"`/`"untilSources"` list of
 * strings, the `"source"` of themes.json, and `{"url": …, "excerpt": …}` quote lists
 * (membersSources, a union's sources) become citations of the registry. Returns the new text
 * and how many citations changed.
 */
export function migrateText(
  text: string,
  file: string,
  registry: Registry,
  documents: Map<string, { title: string; publisher: string; year: number }>,
): { text: string; changed: number } {
  let changed = 0;
  let out = "";
  let last = 0;
  const keyRe = /"(sources|sinceSources|untilSources|membersSources|source)": (?=[["])/g;
  for (let m = keyRe.exec(text); m; m = keyRe.exec(text)) {
    const valueStart = m.index + m[0].length;
    const where = `${file}:${lineAt(text, m.index)}`;
    if (m[1] === "source") {
      // themes.json's one source, and the changes ledger's union records: only an old-format seed document.
      if (!file.endsWith("themes.json")) continue;
      if (text[valueStart] !== '"') continue;
      const end = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(valueStart))?.[0].length ?? 0;
      const value = JSON.parse(text.slice(valueStart, valueStart + end)) as unknown;
      const migrated = migrateCitation(value, registry, documents, where);
      if (typeof value === "string" && citationJson(migrated) !== JSON.stringify(value)) {
        out += text.slice(last, valueStart) + citationJson(migrated);
        last = valueStart + end;
        changed++;
      }
      continue;
    }
    const end = endOfValue(text, valueStart);
    const list = JSON.parse(text.slice(valueStart, end)) as unknown[];
    let any = false;
    const items = list.map((item) => {
      if (item && typeof item === "object" && "url" in item) {
        // {"url", "excerpt", "what"?} → {"source", "quote", "what"?}
        const { url, excerpt, ...rest } = item as { url: string; excerpt?: string };
        any = true;
        const id = registry.forUrl(url, where).id;
        return `{${[`"source": ${JSON.stringify(id)}`, ...(excerpt ? [`"quote": ${JSON.stringify(excerpt)}`] : []), ...Object.entries(rest).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)].join(", ")}}`;
      }
      const migrated = migrateCitation(item, registry, documents, where);
      if (typeof item === "string" && citationJson(migrated) !== JSON.stringify(item)) any = true;
      return citationJson(migrated);
    });
    if (!any) continue;
    changed += list.length;
    const original = text.slice(valueStart, end);
    const multiline = original.includes("\n");
    const indent = multiline ? (/\n(\s*)[{"]/.exec(original)?.[1] ?? "    ") : "";
    const closing = multiline ? (/\n(\s*)\]$/.exec(original)?.[1] ?? "  ") : "";
    keyRe.lastIndex = end;
    out += text.slice(last, valueStart) + (multiline ? `[\n${items.map((i) => indent + i).join(",\n")}\n${closing}]` : `[${items.join(", ")}]`);
    last = end;
  }
  return { text: out + text.slice(last), changed };
}

/** Old-format citations left in a text (for --check): "file:line: value". */
export function oldCitations(text: string, file: string): string[] {
  const found: string[] = [];
  const keyRe = /"(sources|sinceSources|untilSources|membersSources)": \[/g;
  for (let m = keyRe.exec(text); m; m = keyRe.exec(text)) {
    const start = m.index + m[0].length - 1;
    const list = JSON.parse(text.slice(start, endOfValue(text, start))) as unknown[];
    for (const item of list) {
      const s = typeof item === "string" ? item : item && typeof item === "object" && "url" in item ? String(item.url) : undefined;
      if (s && (SEED_RE.test(s) || REFERENCE_RE.test(s) || URL_RE.test(s))) found.push(`${file}:${lineAt(text, m.index)}: ${s}`);
    }
  }
  return found;
}

function seedFiles(seedDir: string): string[] {
  const files = ["organizations.json", "themes.json", "names.json"].map((f) => join(seedDir, f));
  for (const folder of ["iscms", "unions"]) {
    const dir = join(seedDir, folder);
    if (existsSync(dir))
      for (const name of readdirSync(dir).sort()) if (name.endsWith(".json")) files.push(join(dir, name));
  }
  return files.filter((f) => existsSync(f));
}

export function migrateSeed(seedDir: string, options: { check?: boolean } = {}): { added: number; changed: number; left: string[] } {
  const registryPath = join(seedDir, "sources.json");
  const registryFile = existsSync(registryPath)
    ? (JSON.parse(readFileSync(registryPath, "utf8")) as { note?: string; sources: SourceRecord[] })
    : { sources: [] };
  const documentsPath = join(seedDir, "documents.json");
  const documents = new Map<string, { title: string; publisher: string; year: number }>(
    existsSync(documentsPath)
      ? (JSON.parse(readFileSync(documentsPath, "utf8")) as { documents: { file: string; title: string; publisher: string; year: number }[] }).documents.map(
          (d) => [d.file, d],
        )
      : [],
  );
  if (options.check) {
    const left = seedFiles(seedDir).flatMap((f) => oldCitations(readFileSync(f, "utf8"), f));
    return { added: 0, changed: 0, left };
  }
  const registry = new Registry(registryFile.sources);
  let changed = 0;
  // Every file is converted in memory first: a stop (an unknown host) leaves the seed untouched.
  const rewritten: { file: string; text: string }[] = [];
  for (const file of seedFiles(seedDir)) {
    const text = readFileSync(file, "utf8");
    const result = migrateText(text, file, registry, documents);
    if (result.changed > 0) {
      rewritten.push({ file, text: result.text });
      changed += result.changed;
    }
  }
  for (const { file, text } of rewritten) writeFileSync(file, text);
  if (registry.added > 0 || !existsSync(registryPath)) writeSourceRegistry(registryPath, registryFile.note, registry.records);
  return { added: registry.added, changed, left: [] };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("migrate-sources.ts")) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seedDir = resolve(seedAt >= 0 ? (args[seedAt + 1] as string) : "seed");
  try {
    const result = migrateSeed(seedDir, { check: args.includes("--check") });
    if (args.includes("--check")) {
      for (const l of result.left) console.log(l);
      console.log(result.left.length === 0 ? "no old-format citation left" : `${result.left.length} old-format citations left`);
      process.exit(result.left.length === 0 ? 0 : 1);
    }
    console.log(`${result.changed} citations rewritten; ${result.added} sources added to ${join(seedDir, "sources.json")}`);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}
