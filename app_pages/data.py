"""Dashboard page (see framing/views/data.py)."""

from framing.views import data

data.render()
