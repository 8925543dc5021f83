//! Buffers kept per thread from one document to the next (the structure stage's and the entity
//! stage's `Scratch`): emptied, not freed, unless a long document grew them past a bound.

/// The most room a per-thread buffer keeps between documents (a 64 kB article's tokens).
pub(crate) const MAX_KEPT_BYTES: usize = 1 << 18;

/// `v` emptied; its room let go when a long document grew it past [`MAX_KEPT_BYTES`], so that
/// a thread does not hold the room of its longest document.
#[inline]
pub(crate) fn empty<T>(v: &mut Vec<T>) {
    v.clear();
    if v.capacity() * std::mem::size_of::<T>() > MAX_KEPT_BYTES {
        *v = Vec::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_room_is_kept_and_large_room_let_go() {
        let mut small: Vec<u64> = Vec::with_capacity(100);
        small.push(1);
        empty(&mut small);
        assert!(small.is_empty() && small.capacity() >= 100);
        let mut large: Vec<u64> = Vec::with_capacity(MAX_KEPT_BYTES / 8 + 1);
        large.push(1);
        empty(&mut large);
        assert_eq!(large.capacity(), 0);
    }
}
