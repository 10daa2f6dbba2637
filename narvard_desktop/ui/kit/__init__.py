"""Pieces every section shares: forms, table models, operations, charts, questions."""
