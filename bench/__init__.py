"""Benchmark harness and its reproducible data generator (issue 10); not shipped with the app."""
