"""Dashboard page (see framing/views/overview.py)."""

from framing.views import overview

overview.render()
