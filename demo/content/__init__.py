"""Demo content of Si può fare as plain Python data: themes, practices, adoptions, news, pages."""
