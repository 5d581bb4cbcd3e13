"""AMP's Qt-free core: domain, store, Excel exchange, planning and report content."""
