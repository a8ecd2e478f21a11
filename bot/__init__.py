"""The election-night bot: answers questions about an election night from the night's articles."""
