"""The dry-run door: talk to the bot in a terminal, exactly as Discord would answer."""
