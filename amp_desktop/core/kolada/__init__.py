"""Kolada: the KPI vocabulary, files saved from Kolada, and its v3 API."""
