"""Data: Arabic vocabularies used by the extract stage (agencies, byline words)."""
