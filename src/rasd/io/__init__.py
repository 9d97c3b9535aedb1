"""Reading articles: files, folders, stdin; encodings; JSONL; HTML."""
