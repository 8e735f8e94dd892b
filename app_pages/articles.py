"""Dashboard page (see framing/views/articles.py)."""

from framing.views import articles

articles.render()
