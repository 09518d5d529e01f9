"""The bottom layer: small rules every other package shares (imports nothing of the project).

Qt-free and word-free: it returns codes, never sentences.
"""
