"""Avvikelser i samverkan: the list, the form, risk and the answer clock."""
