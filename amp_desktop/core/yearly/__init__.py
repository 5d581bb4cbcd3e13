"""The year's figures for SKR's survey, and the comparison with Kolada (#13)."""
