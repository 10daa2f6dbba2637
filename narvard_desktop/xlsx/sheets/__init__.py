"""Sheet modules: each defines `SHEETS: tuple[SheetSpec, ...]` and is named in
`narvard_desktop.xlsx.registry.SHEET_MODULES`."""
