"""Everything CaseBridge keeps on the clinic PC: encrypted database, blob store, secrets.

Qt-free. Modules: store (opening a data folder), secrets, database, migrations, blobs, audit,
models, validation, cases, timeline, attachments, settings, errors, config.
"""
