"""Printable documents (PDF) made with reportlab: the protocol and the kallelse."""
