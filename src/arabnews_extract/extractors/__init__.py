"""Stage 3: the cleaned page -> the raw parts of an article (metadata, body, byline …)."""
