"""Utbyte: export upward, import from below, templates and the ledger."""
