"""AMP's Qt front end: windows, models, dialogs, charts and printing."""
