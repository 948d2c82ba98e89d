"""Writers for the per-document JSON and the datasets built from it."""
