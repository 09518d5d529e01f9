"""Encrypted, incremental, verifiable backups of a data folder, and restoring them.

``layout`` (the backup folder and its manifests), ``copying`` (hashing copies and free space),
``make`` (a backup), ``verify`` (checking one without restoring), ``restore`` (a store from
one). See each module for its thread-safety.
"""
