"""Dashboard page (see framing/views/language.py)."""

from framing.views import language

language.render()
