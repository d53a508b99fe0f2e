// Stands in for the "server-only" marker when tests import server modules.
export {};
