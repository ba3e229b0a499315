"""Import and export: SalesCoach JSON, and later CSV, vCard, iCalendar and PDF (no Qt)."""
