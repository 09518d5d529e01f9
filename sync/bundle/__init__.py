"""Case bundles: the encrypted, signed unit a case travels in (docs/bundle-format.md)."""
