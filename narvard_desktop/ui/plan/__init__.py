"""Handlingsplan: plans, goals, activities, indicators and their Excel round trip."""
