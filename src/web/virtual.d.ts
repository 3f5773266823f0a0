declare module "virtual:atlas-dataset" {
  const page: {
    iscms: { id: string; label: string; properties: Record<string, unknown> }[];
    nodeCount: number;
    edgeCount: number;
  };
  export default page;
}
