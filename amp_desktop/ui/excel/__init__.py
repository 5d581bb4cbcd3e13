"""The window's side of Excel exchange: the import wizard, its Qt models, the flows."""
