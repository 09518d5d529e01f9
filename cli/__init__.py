"""The headless command line: the same product as the desktop app, for scripts and schedules.

parser (the grammar and SUBCOMMANDS), main (running one command, exit codes, error lines),
format (JSON and human text). Qt-free and driver-free: all storage goes through local_store.
Thread-safety: one command per process, on the calling thread.
"""
