"""Sheet modules, found automatically: each defines `SHEETS: tuple[SheetSpec, ...]`."""
