"""Official results: the municipalities' open-data CSV, read live, answered as text and chart.

A second source beside the articles, with its own small store: `settings` (the config's
`results:`), `parsing` (CSV → validated `Count`), `store` (last good count per election),
`sources` and `polling` (reading the CSV on time, off the event loop), `answers` (`!ergebnis`
and questions) and `chart` (the bar chart).
"""
