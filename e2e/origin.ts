// IOV_E2E_PORT lets two checkouts (or two people on one machine) run the suite side by side.
export const E2E_PORT = Number(process.env.IOV_E2E_PORT || 4173);
export const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
