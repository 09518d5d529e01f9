"""Everything that leaves or reaches the clinic PC: bundles, the sync protocol and engine,
enrollment, device keys, the DICOM receiver and submitting a case.

protocol and canonical are the vocabulary shared with the opinion service; bundle/ writes,
checks and opens case bundles; transport/ speaks HTTP and tus; engine drains the outbox and
reads the feed; link turns the link into numbers. Reads and writes the store only through
local_store, returns codes, never sentences. Thread-safety: per module; the engine and the
receiver run on their own threads and hand their store writes to a runner the caller gives
(the desktop's database thread).
"""
