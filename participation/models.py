"""Proposals, supports and pledges arrive with the participation issue."""
