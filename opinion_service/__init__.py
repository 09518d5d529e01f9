"""The reference opinion service: receives case bundles from clinic devices over a resumable
upload protocol (docs/sync-protocol.md), checks them and hands them to specialists.

Independent of the desktop, the CLI and the clinic store: it uses only the shared protocol
vocabulary (sync.protocol, sync.canonical) and the bundle checker (sync.bundle.verify).
"""
