"""Möten: meetings, agenda, attendance, meeting mode, justering and protocol PDFs."""
