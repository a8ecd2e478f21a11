"""The Discord door: discord.py in front of the engine (prefix and slash commands, DMs, mentions).

Only this package imports discord.py. It parses what Discord delivers, asks the engine, and renders
the engine's `Reply`; it never decides what to answer.
"""
