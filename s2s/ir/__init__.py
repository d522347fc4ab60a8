"""The SSA IR: nodes, printer, verifier, reference interpreter."""
