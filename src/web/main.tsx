/**
 * First page of the explorer: the ISCMs of the dataset with their member counts. The network,
 * search and overlap views arrive with the explorer issues; this page proves the data path.
 */
import page from "virtual:atlas-dataset";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const iscms = [...page.iscms].sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)));

function IscmTable() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 960, margin: "0 auto", padding: 16 }}>
      <h1>ISCM Atlas</h1>
      <p>
        {page.nodeCount} entities and {page.edgeCount} sourced relationships. Member States listed against the count Annex 2 of the 2019 IOM
        report declares (June 2019).
      </p>
      <table>
        <caption>Inter-State consultation mechanisms on migration</caption>
        <thead>
          <tr>
            <th scope="col">ISCM</th>
            <th scope="col">Type</th>
            <th scope="col">Listed</th>
            <th scope="col">Declared</th>
            <th scope="col">Why they differ</th>
          </tr>
        </thead>
        <tbody>
          {iscms.map((n) => (
            <tr key={n.id}>
              <td>{String(n.properties.name)}</td>
              <td>{String(n.properties.type)}</td>
              <td>{String(n.properties.listedMemberCount ?? 0)}</td>
              <td>{String(n.properties.declaredMemberCount ?? "—")}</td>
              <td>{String(n.properties.memberCountNote ?? "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <IscmTable />
  </StrictMode>,
);
