"""Benchmarks: extraction quality and speed at scale; each script prints its figures."""
