"""Operations on a store: each one a complete, transactional piece of work."""
