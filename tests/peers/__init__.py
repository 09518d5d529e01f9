"""Tests against independent implementations of the protocols the client speaks."""
