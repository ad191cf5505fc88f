;; SHA-256 and SHA-1 (FIPS 180-4) of one message, as WebAssembly text. Assembled by
;; scripts/wasm.mjs into digest.wasm.generated.ts; digest.ts runs it. Why WebAssembly: node:crypto
;; costs a command ~8 ms of start-up (it loads 36 internal modules, streams among them), and
;; JavaScript would run cold in the interpreter; this module compiles in about a millisecond.
;;
;; Memory (little-endian, as WebAssembly is; the algorithms' words are big-endian, hence $bswap):
;;     0 ..  255  K, SHA-256's 64 round constants
;;   256 ..  287  H, the state (SHA-1: 256 .. 275); after `sha256` / `sha1`, the digest's bytes in order
;;   288 ..  607  W, the message schedule (SHA-256: 64 words, SHA-1: 80)
;;  1024 ..       the message, written by the caller; it is padded in place, so the memory must
;;                hold 1024 + len + 72 bytes (the caller grows it)
(module
  (memory (export "memory") 1)
  (data (i32.const 0)
    "\98\2f\8a\42\91\44\37\71\cf\fb\c0\b5\a5\db\b5\e9"
    "\5b\c2\56\39\f1\11\f1\59\a4\82\3f\92\d5\5e\1c\ab"
    "\98\aa\07\d8\01\5b\83\12\be\85\31\24\c3\7d\0c\55"
    "\74\5d\be\72\fe\b1\de\80\a7\06\dc\9b\74\f1\9b\c1"
    "\c1\69\9b\e4\86\47\be\ef\c6\9d\c1\0f\cc\a1\0c\24"
    "\6f\2c\e9\2d\aa\84\74\4a\dc\a9\b0\5c\da\88\f9\76"
    "\52\51\3e\98\6d\c6\31\a8\c8\27\03\b0\c7\7f\59\bf"
    "\f3\0b\e0\c6\47\91\a7\d5\51\63\ca\06\67\29\29\14"
    "\85\0a\b7\27\38\21\1b\2e\fc\6d\2c\4d\13\0d\38\53"
    "\54\73\0a\65\bb\0a\6a\76\2e\c9\c2\81\85\2c\72\92"
    "\a1\e8\bf\a2\4b\66\1a\a8\70\8b\4b\c2\a3\51\6c\c7"
    "\19\e8\92\d1\24\06\99\d6\85\35\0e\f4\70\a0\6a\10"
    "\16\c1\a4\19\08\6c\37\1e\4c\77\48\27\b5\bc\b0\34"
    "\b3\0c\1c\39\4a\aa\d8\4e\4f\ca\9c\5b\f3\6f\2e\68"
    "\ee\82\8f\74\6f\63\a5\78\14\78\c8\84\08\02\c7\8c"
    "\fa\ff\be\90\eb\6c\50\a4\f7\a3\f9\be\f2\78\71\c6")

  ;; The byte order of a 32-bit word reversed.
  (func $bswap (param $x i32) (result i32)
    (i32.or
      (i32.rotl (i32.and (local.get $x) (i32.const 0xff00ff00)) (i32.const 8))
      (i32.rotr (i32.and (local.get $x) (i32.const 0x00ff00ff)) (i32.const 8))))

  ;; One 64-byte block at $p into SHA-256's state.
  (func $block256 (param $p i32)
    (local $i i32) (local $t i32) (local $t1 i32) (local $t2 i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local $e i32) (local $f i32) (local $g i32) (local $h i32)
    ;; W[0..15]: the block's words ($i counts bytes)
    (loop $load
      (i32.store offset=288 (local.get $i)
        (call $bswap (i32.load (i32.add (local.get $p) (local.get $i)))))
      (br_if $load (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 64))))
    ;; W[16..63] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]
    (loop $expand
      (local.set $t (i32.load offset=228 (local.get $i))) ;; W[t-15]: 288 - 60
      (local.set $t1
        (i32.xor
          (i32.xor (i32.rotr (local.get $t) (i32.const 7)) (i32.rotr (local.get $t) (i32.const 18)))
          (i32.shr_u (local.get $t) (i32.const 3))))
      (local.set $t (i32.load offset=280 (local.get $i))) ;; W[t-2]: 288 - 8
      (local.set $t2
        (i32.xor
          (i32.xor (i32.rotr (local.get $t) (i32.const 17)) (i32.rotr (local.get $t) (i32.const 19)))
          (i32.shr_u (local.get $t) (i32.const 10))))
      (i32.store offset=288 (local.get $i)
        (i32.add
          (i32.add (i32.load offset=224 (local.get $i)) (local.get $t1)) ;; W[t-16]: 288 - 64
          (i32.add (i32.load offset=260 (local.get $i)) (local.get $t2)))) ;; W[t-7]: 288 - 28
      (br_if $expand (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 256))))
    (local.set $a (i32.load offset=256 (i32.const 0)))
    (local.set $b (i32.load offset=260 (i32.const 0)))
    (local.set $c (i32.load offset=264 (i32.const 0)))
    (local.set $d (i32.load offset=268 (i32.const 0)))
    (local.set $e (i32.load offset=272 (i32.const 0)))
    (local.set $f (i32.load offset=276 (i32.const 0)))
    (local.set $g (i32.load offset=280 (i32.const 0)))
    (local.set $h (i32.load offset=284 (i32.const 0)))
    (local.set $i (i32.const 0))
    (loop $round
      ;; T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t]; Ch(e, f, g) = g ^ (e & (f ^ g))
      (local.set $t1
        (i32.add
          (i32.add
            (i32.add
              (local.get $h)
              (i32.xor
                (i32.xor (i32.rotr (local.get $e) (i32.const 6)) (i32.rotr (local.get $e) (i32.const 11)))
                (i32.rotr (local.get $e) (i32.const 25))))
            (i32.xor (local.get $g) (i32.and (local.get $e) (i32.xor (local.get $f) (local.get $g)))))
          (i32.add (i32.load (local.get $i)) (i32.load offset=288 (local.get $i)))))
      ;; T2 = Σ0(a) + Maj(a, b, c); Maj(a, b, c) = (a & b) | (c & (a | b))
      (local.set $t2
        (i32.add
          (i32.xor
            (i32.xor (i32.rotr (local.get $a) (i32.const 2)) (i32.rotr (local.get $a) (i32.const 13)))
            (i32.rotr (local.get $a) (i32.const 22)))
          (i32.or
            (i32.and (local.get $a) (local.get $b))
            (i32.and (local.get $c) (i32.or (local.get $a) (local.get $b))))))
      (local.set $h (local.get $g))
      (local.set $g (local.get $f))
      (local.set $f (local.get $e))
      (local.set $e (i32.add (local.get $d) (local.get $t1)))
      (local.set $d (local.get $c))
      (local.set $c (local.get $b))
      (local.set $b (local.get $a))
      (local.set $a (i32.add (local.get $t1) (local.get $t2)))
      (br_if $round (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 256))))
    (i32.store offset=256 (i32.const 0) (i32.add (i32.load offset=256 (i32.const 0)) (local.get $a)))
    (i32.store offset=260 (i32.const 0) (i32.add (i32.load offset=260 (i32.const 0)) (local.get $b)))
    (i32.store offset=264 (i32.const 0) (i32.add (i32.load offset=264 (i32.const 0)) (local.get $c)))
    (i32.store offset=268 (i32.const 0) (i32.add (i32.load offset=268 (i32.const 0)) (local.get $d)))
    (i32.store offset=272 (i32.const 0) (i32.add (i32.load offset=272 (i32.const 0)) (local.get $e)))
    (i32.store offset=276 (i32.const 0) (i32.add (i32.load offset=276 (i32.const 0)) (local.get $f)))
    (i32.store offset=280 (i32.const 0) (i32.add (i32.load offset=280 (i32.const 0)) (local.get $g)))
    (i32.store offset=284 (i32.const 0) (i32.add (i32.load offset=284 (i32.const 0)) (local.get $h))))

  ;; Pads the $len bytes at 1024 as both algorithms do: 0x80, zeros, then the length in bits as a
  ;; big-endian 64-bit number, to a multiple of 64 bytes. Returns where the padded message ends:
  ;; 1024 + ((len + 9 + 63) & ~63).
  (func $pad (param $len i32) (result i32)
    (local $end i32)
    (local.set $end (i32.add (i32.const 1024) (i32.and (i32.add (local.get $len) (i32.const 72)) (i32.const -64))))
    (i32.store8 offset=1024 (local.get $len) (i32.const 0x80))
    (memory.fill
      (i32.add (i32.const 1025) (local.get $len))
      (i32.const 0)
      (i32.sub (local.get $end) (i32.add (i32.const 1025) (local.get $len))))
    (i32.store (i32.sub (local.get $end) (i32.const 8)) (call $bswap (i32.shr_u (local.get $len) (i32.const 29))))
    (i32.store (i32.sub (local.get $end) (i32.const 4)) (call $bswap (i32.shl (local.get $len) (i32.const 3))))
    (local.get $end))

  ;; The state's first $n bytes as big-endian words, in place.
  (func $out (param $n i32)
    (local $p i32)
    (local.set $p (i32.const 256))
    (loop $word
      (i32.store (local.get $p) (call $bswap (i32.load (local.get $p))))
      (br_if $word (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 4))) (i32.add (i32.const 256) (local.get $n))))))

  ;; SHA-256 of the $len bytes at 1024, written to 256 .. 287.
  (func (export "sha256") (param $len i32)
    (local $end i32) (local $p i32)
    (i32.store offset=256 (i32.const 0) (i32.const 0x6a09e667))
    (i32.store offset=260 (i32.const 0) (i32.const 0xbb67ae85))
    (i32.store offset=264 (i32.const 0) (i32.const 0x3c6ef372))
    (i32.store offset=268 (i32.const 0) (i32.const 0xa54ff53a))
    (i32.store offset=272 (i32.const 0) (i32.const 0x510e527f))
    (i32.store offset=276 (i32.const 0) (i32.const 0x9b05688c))
    (i32.store offset=280 (i32.const 0) (i32.const 0x1f83d9ab))
    (i32.store offset=284 (i32.const 0) (i32.const 0x5be0cd19))
    (local.set $end (call $pad (local.get $len)))
    (local.set $p (i32.const 1024))
    (loop $blocks
      (call $block256 (local.get $p))
      (br_if $blocks (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 64))) (local.get $end))))
    (call $out (i32.const 32)))

  ;; One 64-byte block at $p into SHA-1's state.
  (func $block1 (param $p i32)
    (local $i i32) (local $t i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32)
    ;; W[0..15]: the block's words ($i counts bytes)
    (loop $load
      (i32.store offset=288 (local.get $i)
        (call $bswap (i32.load (i32.add (local.get $p) (local.get $i)))))
      (br_if $load (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 64))))
    ;; W[16..79] = rotl1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16])
    (loop $expand
      (i32.store offset=288 (local.get $i)
        (i32.rotl
          (i32.xor
            (i32.xor (i32.load offset=276 (local.get $i)) (i32.load offset=256 (local.get $i))) ;; W[t-3]: 288 - 12, W[t-8]: 288 - 32
            (i32.xor (i32.load offset=232 (local.get $i)) (i32.load offset=224 (local.get $i)))) ;; W[t-14]: 288 - 56, W[t-16]: 288 - 64
          (i32.const 1)))
      (br_if $expand (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 320))))
    (local.set $a (i32.load offset=256 (i32.const 0)))
    (local.set $b (i32.load offset=260 (i32.const 0)))
    (local.set $c (i32.load offset=264 (i32.const 0)))
    (local.set $d (i32.load offset=268 (i32.const 0)))
    (local.set $e (i32.load offset=272 (i32.const 0)))
    ;; Rounds 0 .. 79 in four groups of 20; each: T = rotl5(a) + f(b, c, d) + e + K + W[t],
    ;; e = d, d = c, c = rotl30(b), b = a, a = T.
    (local.set $i (i32.const 0))
    (loop $r0 ;; f = Ch(b, c, d) = d ^ (b & (c ^ d)), K = 0x5a827999
      (local.set $t
        (i32.add
          (i32.add (i32.rotl (local.get $a) (i32.const 5)) (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d)))))
          (i32.add (i32.add (local.get $e) (i32.const 0x5a827999)) (i32.load offset=288 (local.get $i)))))
      (local.set $e (local.get $d))
      (local.set $d (local.get $c))
      (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
      (local.set $b (local.get $a))
      (local.set $a (local.get $t))
      (br_if $r0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 80))))
    (loop $r1 ;; f = Parity(b, c, d) = b ^ c ^ d, K = 0x6ed9eba1
      (local.set $t
        (i32.add
          (i32.add (i32.rotl (local.get $a) (i32.const 5)) (i32.xor (local.get $b) (i32.xor (local.get $c) (local.get $d))))
          (i32.add (i32.add (local.get $e) (i32.const 0x6ed9eba1)) (i32.load offset=288 (local.get $i)))))
      (local.set $e (local.get $d))
      (local.set $d (local.get $c))
      (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
      (local.set $b (local.get $a))
      (local.set $a (local.get $t))
      (br_if $r1 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 160))))
    (loop $r2 ;; f = Maj(b, c, d) = (b & c) | (d & (b | c)), K = 0x8f1bbcdc
      (local.set $t
        (i32.add
          (i32.add
            (i32.rotl (local.get $a) (i32.const 5))
            (i32.or (i32.and (local.get $b) (local.get $c)) (i32.and (local.get $d) (i32.or (local.get $b) (local.get $c)))))
          (i32.add (i32.add (local.get $e) (i32.const 0x8f1bbcdc)) (i32.load offset=288 (local.get $i)))))
      (local.set $e (local.get $d))
      (local.set $d (local.get $c))
      (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
      (local.set $b (local.get $a))
      (local.set $a (local.get $t))
      (br_if $r2 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 240))))
    (loop $r3 ;; f = Parity(b, c, d), K = 0xca62c1d6
      (local.set $t
        (i32.add
          (i32.add (i32.rotl (local.get $a) (i32.const 5)) (i32.xor (local.get $b) (i32.xor (local.get $c) (local.get $d))))
          (i32.add (i32.add (local.get $e) (i32.const 0xca62c1d6)) (i32.load offset=288 (local.get $i)))))
      (local.set $e (local.get $d))
      (local.set $d (local.get $c))
      (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
      (local.set $b (local.get $a))
      (local.set $a (local.get $t))
      (br_if $r3 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 4))) (i32.const 320))))
    (i32.store offset=256 (i32.const 0) (i32.add (i32.load offset=256 (i32.const 0)) (local.get $a)))
    (i32.store offset=260 (i32.const 0) (i32.add (i32.load offset=260 (i32.const 0)) (local.get $b)))
    (i32.store offset=264 (i32.const 0) (i32.add (i32.load offset=264 (i32.const 0)) (local.get $c)))
    (i32.store offset=268 (i32.const 0) (i32.add (i32.load offset=268 (i32.const 0)) (local.get $d)))
    (i32.store offset=272 (i32.const 0) (i32.add (i32.load offset=272 (i32.const 0)) (local.get $e))))

  ;; SHA-1 of the $len bytes at 1024, written to 256 .. 275. (git's object ids; SHA-1 is broken for
  ;; collision resistance, and git itself names objects with it.)
  (func (export "sha1") (param $len i32)
    (local $end i32) (local $p i32)
    (i32.store offset=256 (i32.const 0) (i32.const 0x67452301))
    (i32.store offset=260 (i32.const 0) (i32.const 0xefcdab89))
    (i32.store offset=264 (i32.const 0) (i32.const 0x98badcfe))
    (i32.store offset=268 (i32.const 0) (i32.const 0x10325476))
    (i32.store offset=272 (i32.const 0) (i32.const 0xc3d2e1f0))
    (local.set $end (call $pad (local.get $len)))
    (local.set $p (i32.const 1024))
    (loop $blocks
      (call $block1 (local.get $p))
      (br_if $blocks (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 64))) (local.get $end))))
    (call $out (i32.const 20))))
