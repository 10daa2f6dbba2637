"""Exchange between levels by file: export upward, templates downward, import with a ledger.

No network is ever used: a `.narvard` file is mailed or put on a shared
drive, and the level that receives it imports it here.
"""
