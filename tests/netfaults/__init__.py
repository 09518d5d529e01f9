"""Network fault injection for tests: a TCP proxy on 127.0.0.1 that cuts, stalls, slows and
answers errors on a seeded, deterministic plan (see proxy.py)."""
