"""The window's Yearly figures (#13): the survey's figures beside Kolada, and the fetch."""
