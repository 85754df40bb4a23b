"""The public pages of participation, one module per part of the site."""
