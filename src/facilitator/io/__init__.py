"""Import and export: participant lists in, Word report and spreadsheets out. No Qt (charts excepted, in one module)."""
