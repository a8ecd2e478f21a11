"""The bot's brain: the fuzzy index over the corpus, commands, free questions and replies."""
